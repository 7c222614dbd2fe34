// custom-elements.json, from the elements' JSDoc headers (the single source
// of the manifest, of Storybook's tables and of editor hints).
export default {
  globs: ['src/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  litelement: true,
  dependencies: false,
  packagejson: false,
};
