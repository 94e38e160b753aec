import type { ReactiveControllerHost } from 'lit';
import type {
  CustomerBenefitGrant,
  CustomerCustomerMeter,
  DownloadableRead,
  LicenseKeyWithActivations,
  ListResourceCustomerBenefitGrant,
  ListResourceCustomerCustomerMeter,
  ListResourceDownloadableRead,
} from '../../api/types.js';
import {
  ResourceController,
  type ResourceRenderers,
} from '../../controllers/resource-controller.js';
import type { PortalSession } from '../../session/session.js';

/** Everything one page of benefits shows, once each part has arrived. */
export interface BenefitsView {
  grants: ListResourceCustomerBenefitGrant;
  keys: Map<string, LicenseKeyWithActivations>;
  files: Map<string, DownloadableRead[]>;
  meters: CustomerCustomerMeter[];
}

/** The license keys of a page, as a list so the store can replace one by its id. */
interface LicenseKeyList {
  items: LicenseKeyWithActivations[];
}

const licenseKeyId = (grant: CustomerBenefitGrant) =>
  (grant.properties as { license_key_id?: string }).license_key_id;

/**
 * The four resources `<portal-benefits>` reads from the session's store: a page of grants, then
 * only what those grants need (their license keys, the downloadable files, the credit meters
 * unless usage is hidden). Each has its store kind, so a deactivation or a claim anywhere on the
 * page shows here. Rendered as one: pending until all have answered, one error with one retry.
 */
export class BenefitResources {
  private readonly grants: ResourceController<
    readonly [number, number],
    ListResourceCustomerBenefitGrant
  >;
  private readonly keys: ResourceController<readonly [string[]], LicenseKeyList>;
  private readonly files: ResourceController<[], ListResourceDownloadableRead>;
  private readonly meters: ResourceController<[], ListResourceCustomerCustomerMeter>;

  constructor(
    host: ReactiveControllerHost,
    options: {
      session: () => PortalSession | null;
      page: () => readonly [page: number, limit: number];
      usage: () => boolean;
    },
  ) {
    const { session } = options;
    this.grants = new ResourceController(host, {
      session,
      kind: 'benefit-grants',
      args: options.page,
      load: (client, [page, limit]) => client.listBenefitGrants({ page, limit }),
    });
    this.keys = new ResourceController(host, {
      session,
      kind: 'license-keys',
      args: () => [this.keyIds()] as const,
      load: async (client, [ids]) => ({
        items: await Promise.all(ids.map((id) => client.getLicenseKey(id))),
      }),
      enabled: () => this.keyIds().length > 0,
    });
    this.files = new ResourceController(host, {
      session,
      kind: 'downloadables',
      load: (client) => client.listDownloadables({ limit: 100 }),
      enabled: () => this.has('downloadables'),
    });
    this.meters = new ResourceController(host, {
      session,
      kind: 'meters',
      load: (client) => client.listMeters({ limit: 100 }),
      enabled: () => options.usage() && this.has('meter_credit'),
    });
  }

  private has(type: string): boolean {
    return this.grants.value?.items.some((grant) => grant.benefit.type === type) ?? false;
  }

  private keyIds(): string[] {
    return (this.grants.value?.items ?? [])
      .filter((grant) => grant.benefit.type === 'license_keys')
      .map(licenseKeyId)
      .filter((id): id is string => Boolean(id));
  }

  /** The parts this page needs (a part with nothing to show is not asked for). */
  private get parts() {
    return [this.grants, this.keys, this.files, this.meters].filter((part) => part.state);
  }

  /** The grant `id` of this page as the store holds it now. */
  grant(id: string): CustomerBenefitGrant | undefined {
    return this.grants.value?.items.find((grant) => grant.id === id);
  }

  /** Loads again every part that failed. */
  retry(): void {
    for (const part of this.parts) if (part.state?.status === 'error') void part.retry();
  }

  render<R>(renderers: ResourceRenderers<BenefitsView, R>) {
    const grants = this.grants.value;
    const failed = this.parts.find((part) => part.state?.status === 'error');
    if (failed) return renderers.error?.(failed.error);
    if (!grants || this.parts.some((part) => part.state?.status === 'pending'))
      return renderers.pending?.();
    const files = new Map<string, DownloadableRead[]>();
    for (const item of this.files.value?.items ?? [])
      files.set(item.benefit_id, [...(files.get(item.benefit_id) ?? []), item]);
    return renderers.complete({
      grants,
      keys: new Map((this.keys.value?.items ?? []).map((key) => [key.id, key])),
      files,
      meters: this.meters.value?.items ?? [],
    });
  }
}
