/** File extension → media type, for the formats Parallax reads. Unknown types return undefined. */
const BY_EXTENSION: Record<string, string> = {
  ".txt": "text/plain",
  ".text": "text/plain",
  ".md": "text/markdown",
  ".markdown": "text/markdown",
  ".html": "text/html",
  ".htm": "text/html",
  ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  ".pdf": "application/pdf",
};

export const SUPPORTED_EXTENSIONS = Object.keys(BY_EXTENSION);

export function mediaTypeFor(fileName: string): string | undefined {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? undefined : BY_EXTENSION[fileName.slice(dot).toLowerCase()];
}
