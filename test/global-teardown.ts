export default async function globalTeardown() {
  await (globalThis as { __s3?: { close(): Promise<void> } }).__s3?.close();
}
