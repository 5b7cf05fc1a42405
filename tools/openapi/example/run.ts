// Runs the client of file-a-case.ts against a server (tests/sdk/test_generated_client.py):
// files the report in BAWASLU_REPORT (JSON) and finds it again in the list of its office.
import { client, fileReport, reportIds } from "./file-a-case.js";
import type { components } from "../generated/schema";

const env = (name: string): string => {
  const value = process.env[name];
  if (value === undefined) throw new Error(`${name} is not set`);
  return value;
};

const api = client(env("BAWASLU_URL"), env("BAWASLU_TOKEN"));
const report = JSON.parse(env("BAWASLU_REPORT")) as components["schemas"]["ReportCreate"];
const filed = await fileReport(api, report, `ts-${Date.now()}`);
if (!("id" in filed)) {
  console.log(JSON.stringify(filed));
  process.exit(1);
}
const listed = (await reportIds(api, report.office)).includes(filed.id);
console.log(JSON.stringify({ id: filed.id, listed }));
