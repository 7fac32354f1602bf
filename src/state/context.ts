/**
 * A value the shell puts in Svelte's context once and every component below it reads, as a pair of functions;
 * reading it outside the shell is a mistake worth a clear message rather than an undefined.
 */
import { getContext, setContext } from 'svelte';

export function contextValue<T>(name: string): { set: (value: T) => T; get: () => T } {
  const key = Symbol(name);
  return {
    set: (value) => setContext(key, value),
    get: () => {
      const value = getContext<T | undefined>(key);
      if (value === undefined) throw new Error(`${name}: read outside the shell that provides it.`);
      return value;
    },
  };
}
