declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ organizationId: string }>;
  export default component;
}
