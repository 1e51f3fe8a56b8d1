/** The file's own name, without any folder a browser or a script may have sent along. */
export function baseName(fileName: string): string {
  return fileName.split(/[\\/]/).pop()?.trim() ?? "";
}

/**
 * Makes display names unique ("index.html", "index.html (2)"): errors and the primary-source choice
 * refer to sources by name, so two sources must never share one. Client and server both use this,
 * so the names the form shows are the names the server reports.
 */
export function uniqueNames(names: string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${name} (${n})`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

/** What an unnamed pasted box is called: its place on the form, as the editor sees it. */
export function pastedName(name: string, index: number): string {
  return name.trim() || `Pasted text ${index + 1}`;
}
