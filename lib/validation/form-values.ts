/** The named fields of a submitted form as strings: '' when a field is missing or is not text (a file). */
export function formValues<K extends string>(form: FormData, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = form.get(key);
      return [key, typeof value === 'string' ? value : ''];
    }),
  ) as Record<K, string>;
}
