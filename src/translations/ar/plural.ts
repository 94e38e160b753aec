/** Arabic plural categories (zero, one, two, few, many, other), made once. */
const rules = new Intl.PluralRules('ar');

/** The wording for `count` in each of Arabic's six plural forms. */
export type PluralForms = Record<Intl.LDMLPluralRule, string>;

/** Picks the form `Intl.PluralRules('ar')` names for `count`. */
export const plural = (count: number, forms: PluralForms): string => forms[rules.select(count)];
