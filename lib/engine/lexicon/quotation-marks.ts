/**
 * Quotation marks as news text writes them: double marks of every style (“ ” „ ‟ « » "), and single
 * ones where they open a quotation (‘Yes’). A closing single mark alone is left out: it is an
 * apostrophe far more often ("Boar’s", "Taiwan’s").
 */
export const DOUBLE_QUOTES = "“”„‟«»\"";

/** A quotation mark somewhere in a text. */
export const QUOTATION_MARK = new RegExp(`[${DOUBLE_QUOTES}]|(?:^|[\\s(\\[—–-])[‘']`, "u");
