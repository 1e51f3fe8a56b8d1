/** "1 source", "5 sources"; English only, which is all the app speaks. */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${count.toLocaleString("en")} ${count === 1 ? noun : pluralNoun}`;
}
