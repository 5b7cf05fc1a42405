// Uploads a file as evidence with tus-js-client, interrupts the upload midway, resumes it
// with a new Upload on the upload URL, and prints what happened as one JSON line.
// Driven by tests/api/evidence/test_tus_clients.py against a live server:
//   node tus_upload.mjs <creation URL> <bearer token> <file> <description> [with-data]
// "with-data" sends the first part in the creation request (creation-with-upload).
import { readFileSync } from "node:fs";
import { Upload } from "tus-js-client";

const [endpoint, token, path, description, mode] = process.argv.slice(2);
const data = readFileSync(path);
const headers = { Authorization: `Bearer ${token}` };
const chunkSize = 64 * 1024;

// 1. Start, and abort in the middle of a part once a third of the file is on its way.
const interrupted = await new Promise((resolve, reject) => {
  let aborted = false;
  const upload = new Upload(data, {
    endpoint,
    headers,
    chunkSize,
    retryDelays: null,
    uploadDataDuringCreation: mode === "with-data",
    metadata: { filename: "tps9.jpg", filetype: "image/jpeg", description },
    onProgress(sent) {
      if (!aborted && sent > data.length / 3 && upload.url) {
        aborted = true;
        upload.abort().then(() => resolve({ url: upload.url }), reject);
      }
    },
    onSuccess: () => reject(new Error("finished before the interruption")),
    onError: reject,
  });
  upload.start();
});

// 2. Resume on the upload URL: HEAD gives the offset, PATCH sends the rest.
let resumedAt = null;
let evidence = null;
await new Promise((resolve, reject) => {
  const upload = new Upload(data, {
    uploadUrl: interrupted.url,
    headers,
    chunkSize,
    // The aborted part may still be committing on the server: a 409 is retried after a
    // fresh HEAD.
    retryDelays: [100, 300, 1000, 2000],
    onAfterResponse(req, res) {
      if (req.getMethod() === "HEAD" && resumedAt === null) {
        resumedAt = Number(res.getHeader("Upload-Offset"));
      }
      evidence = res.getHeader("Evidence-Location") || evidence;
    },
    onSuccess: resolve,
    onError: reject,
  });
  upload.start();
});

console.log(JSON.stringify({ url: interrupted.url, resumedAt, evidence, size: data.length }));
