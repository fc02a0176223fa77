/**
 * Makes `key` of `target` an enumerable property that `build` computes on first read and that then
 * stays a plain data property. Its position among the object's keys does not change, so
 * `Object.keys`, `JSON.stringify` and `structuredClone` see the same object as if it had been built
 * eagerly. Assigning to it before the first read replaces it without building.
 */
export function lazyProperty<T extends object, K extends keyof T>(target: T, key: K, build: () => T[K]): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get(this: T) {
      const value = build();
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
      return value;
    },
    set(this: T, value: T[K]) {
      Object.defineProperty(this, key, { value, enumerable: true, configurable: true, writable: true });
    },
  });
}
