/**
 * A real research collector for the upload tests, as a study would run one: HTTPS on
 * 127.0.0.1 (the product accepts only https endpoints; the certificate is self-signed and made
 * by openssl at start, and the browser is told to accept it), POST /collect with a JSON batch
 * and an `Idempotency-Key` header. It stores a batch once per key, the way a real collector
 * de-duplicates retries, and logs every delivery so a test can see what reached the wire.
 * It can be stopped and started again on the same port (the collector is down, then back),
 * and can drop its answer after storing (a lost response, so the client must retry).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Delivery {
  key: string;
  eventIds: string[];
  at: number;
}

export interface StoredEvent {
  key: string;
  event: { viewId: string } & Record<string, unknown>;
}

export interface Collector {
  /** https://127.0.0.1:<port>/collect */
  endpoint: string;
  port: number;
  /** Every well-formed POST, in order, retries included. */
  deliveries: Delivery[];
  /** Events stored, once per idempotency key. */
  stored: StoredEvent[];
  /** Store the next `n` batches but destroy the connection instead of answering. */
  dropAnswers(n: number): void;
  /** Stop listening (connections are refused) until `start()`. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

function selfSignedCertificate(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'clausewise-collector-'));
  try {
    execFileSync('openssl', [
      'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'),
    ], { stdio: 'ignore' });
    return { key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startCollector(): Promise<Collector> {
  const tls = selfSignedCertificate();
  const deliveries: Delivery[] = [];
  const stored: StoredEvent[] = [];
  const seenKeys = new Set<string>();
  let toDrop = 0;
  let port = 0;
  let server: https.Server | undefined;

  const handle = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/collect') {
        res.writeHead(404).end();
        return;
      }
      const key = String(req.headers['idempotency-key'] ?? '');
      let body: { batchId?: string; events?: Array<{ viewId: string }> };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        res.writeHead(400).end();
        return;
      }
      if (!key || body.batchId !== key || !Array.isArray(body.events)) {
        res.writeHead(400).end();
        return;
      }
      deliveries.push({ key, eventIds: body.events.map((e) => e.viewId), at: Date.now() });
      if (!seenKeys.has(key)) {
        seenKeys.add(key);
        for (const event of body.events) stored.push({ key, event });
      }
      if (toDrop > 0) {
        toDrop--;
        req.socket.destroy();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ stored: body.events.length }));
    });
  };

  const start = () =>
    new Promise<void>((resolve, reject) => {
      const s = https.createServer({ key: tls.key, cert: tls.cert }, handle);
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const s = server;
      server = undefined;
      if (!s) return resolve();
      s.closeAllConnections();
      s.close(() => resolve());
    });

  await start();
  return {
    endpoint: `https://127.0.0.1:${port}/collect`,
    port,
    deliveries,
    stored,
    dropAnswers(n) {
      toDrop = n;
    },
    stop,
    start,
    close: stop,
  };
}
