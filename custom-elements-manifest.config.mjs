// The analyzer also guesses events from `dispatchEvent(new SomeEvent(arg))` calls and names them
// after the argument; our events are declared with @fires, so keep only `knee-…` names.
const onlyDeclaredEvents = () => ({
  name: 'only-declared-events',
  packageLinkPhase({ customElementsManifest }) {
    for (const module of customElementsManifest.modules) {
      for (const declaration of module.declarations ?? []) {
        if (declaration.events) declaration.events = declaration.events.filter((e) => e.name?.startsWith('knee-'));
      }
    }
  },
});

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.styles.ts', 'components/index.ts', 'components/*/index.ts'],
  litelement: true,
  plugins: [onlyDeclaredEvents()],
};
