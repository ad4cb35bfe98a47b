// Modules esbuild makes at build time (see esbuild.mjs).
declare module 'star-coach:rule-docs' {
  const pages: Record<string, string>;
  export default pages;
}
