/**
 * The URL if it is an absolute http(s) URL, else null. Stored URLs are rendered as links on public
 * pages; anything else (javascript:, data:, relative paths, typos) is shown as text or not at all.
 */
export function httpUrlOrNull(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.toString() : null;
  } catch {
    return null;
  }
}

/** "https://www.example.com/a/b" → "example.com", for showing a link's destination compactly. */
export function displayHost(value: string): string {
  try {
    return new URL(value).hostname.replace(/^www\./, "");
  } catch {
    return value;
  }
}
