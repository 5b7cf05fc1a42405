// A TypeScript client written against the types openapi-typescript generates from the
// committed openapi/openapi.json (docs/integrations.md, "TypeScript"). `make
// openapi-typescript` compiles it with `tsc --strict`, so a change of the document that
// breaks such a client fails CI.
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/schema";

type ReportCreate = components["schemas"]["ReportCreate"];
type Problem = components["schemas"]["Problem"];
type ReportPage = components["schemas"]["ReportPage"];

export function client(baseUrl: string, token: string) {
  return createClient<paths>({
    baseUrl,
    headers: { Authorization: `Bearer ${token}`, "Accept-Language": "en" },
  });
}

/** File a report and return its id, or the problem's stable code. */
export async function fileReport(
  api: ReturnType<typeof client>,
  report: ReportCreate,
  idempotencyKey: string,
): Promise<{ id: string } | { code: Problem["code"]; detail: string | null | undefined }> {
  const { data, error, response } = await api.POST("/v1/reports", {
    body: report,
    params: { header: { "Idempotency-Key": idempotencyKey } },
  });
  if (error !== undefined) {
    return { code: error.code, detail: error.detail };
  }
  if (response.headers.get("Idempotent-Replayed") === "true") {
    console.info("answered from an earlier identical request");
  }
  return { id: data.id };
}

/** Every report id of an office, page after page of the list envelope {items, next_cursor}. */
export async function reportIds(api: ReturnType<typeof client>, office: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const page: { data?: ReportPage; error?: Problem } = await api.GET("/v1/reports", {
      params: { query: { office, cursor, limit: 100 } },
    });
    if (page.data === undefined) throw new Error(`${page.error?.code}: ${page.error?.title}`);
    ids.push(...page.data.items.map((r) => r.id));
    cursor = page.data.next_cursor ?? null;
  } while (cursor !== null);
  return ids;
}

export const example: ReportCreate = {
  kind: "report",
  election: "pemilu-2024",
  office: "52.06",
  channel: "online",
  description: "Pembagian uang di dekat TPS 03.",
  tsm: false,
  reporter: {
    category: "voter",
    name: "Pelapor",
    nik: "5206010101900001",
    address: "Dompu",
    phone: "081200000000",
    email: "pelapor@example.org",
  },
  incident: { date: "2024-01-10", office: "52.06", address: "Dompu" },
};
