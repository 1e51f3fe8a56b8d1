/** A same-origin JSON request whose refusal comes back as the server's sentence. */
export async function postJson(url: string, body: unknown, method = "POST"): Promise<{ ok: true; data: unknown } | { ok: false; error: string }> {
  let response: Response;
  try {
    response = await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  } catch {
    return { ok: false, error: "The server could not be reached; check the connection and try again." };
  }
  const data = (await response.json().catch(() => null)) as { error?: string; message?: string } | null;
  if (response.ok) return { ok: true, data };
  return { ok: false, error: data?.error ?? data?.message ?? `The server refused (${response.status}).` };
}
