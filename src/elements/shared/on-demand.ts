/**
 * A module an element imports on first need instead of in front of its first paint (issue #12):
 * code that nothing is drawn with, such as what a selection hands out, or what only large data
 * is drawn with. Once loaded it is at hand synchronously, so that the element can keep working
 * synchronously whenever it was loaded in time.
 */
export interface OnDemand<Module> {
  /** The module once imported; undefined before. */
  readonly loaded: Module | undefined;
  /** Import it once; a failed import is tried again on the next call. */
  load(): Promise<Module>;
}

export function onDemand<Module>(importer: () => Promise<Module>): OnDemand<Module> {
  let loaded: Module | undefined;
  let loading: Promise<Module> | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load() {
      loading ??= importer().then(
        (module) => (loaded = module),
        (error: unknown) => {
          loading = undefined;
          throw error;
        },
      );
      return loading;
    },
  };
}
