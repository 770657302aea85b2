// Compiled (not run) in CI by scripts/generate_clients.sh --check: proves that the generated types,
// with openapi-fetch, type a failed call's problem (title, errors) and a list's rows.
import createClient from "openapi-fetch";
import type { components, paths } from "./schema";

type Problem = components["schemas"]["Problem"];

export async function firstResidents(baseUrl: string, accessToken: string): Promise<string[]> {
  const api = createClient<paths>({ baseUrl });
  const { data, error, response } = await api.GET("/api/v1/residents", {
    params: { query: { limit: 20 } },
    headers: { Authorization: `Bearer ${accessToken}`, "Accept-Language": "zh-CN" },
  });
  if (error) {
    const problem: Problem = error;
    const fields = (error.errors ?? []).map((e) => `${e.loc.join(".")}: ${e.msg}`);
    const language = response.headers.get("Content-Language");
    throw new Error(`${response.status} ${error.title} (${problem.type}, ${language}): ${fields.join("; ")}`);
  }
  return data.items.map((row) => row.name);
}
