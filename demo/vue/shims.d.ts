declare module '*.vue' {
  import type { DefineComponent } from 'vue';
  const component: DefineComponent<{ organization: string }>;
  export default component;
}
