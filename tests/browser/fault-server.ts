/**
 * The static server with faults injected in front of it: a file can be made
 * to fail the way real hosts and networks fail (404, 500, a body cut short,
 * the host's HTML fallback page served in its place, a slow answer, a reset
 * connection, a script served under the wrong type). Everything else passes
 * through to `serveStatic` untouched.
 */
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serveStatic, type StaticSite } from './static-server.ts';

export type Fault = '404' | '500' | 'truncated' | 'html-fallback' | 'slow' | 'reset' | 'wrong-type';

export interface FaultRule {
  /** Which request paths fail, e.g. /places-[^/]*\.geojson$/. */
  path: RegExp;
  fault: Fault;
  /** How many matching requests fail before the file is served normally. Default: all of them. */
  times?: number;
  /** For `slow`: how long the answer is held back. Default: 2500 ms. */
  delayMs?: number;
}

export interface FaultSite extends StaticSite {
  /** Replaces the faults in force; an empty list serves everything normally. */
  setFaults(rules: FaultRule[]): void;
  /** How many requests matched `path` since the faults were last set, failed or not. */
  hits(path: RegExp): number;
}

interface Upstream {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

function fetchUpstream(base: URL, path: string): Promise<Upstream> {
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(new URL(path, base), (incoming) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => {
        const headers: Record<string, string> = {};
        const type = incoming.headers['content-type'];
        if (type) headers['content-type'] = type;
        resolve({ status: incoming.statusCode ?? 502, headers, body: Buffer.concat(chunks) });
      });
      incoming.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function send(response: ServerResponse, { status, headers, body }: Upstream): void {
  response.writeHead(status, { ...headers, 'content-length': String(body.length), 'cache-control': 'no-store' });
  response.end(body);
}

export async function serveWithFaults(root: string, prefix = '/atlas/'): Promise<FaultSite> {
  const upstream = await serveStatic(root, prefix);
  const base = new URL(upstream.url);
  let rules: (FaultRule & { used: number })[] = [];
  const seen: string[] = [];

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    seen.push(path);
    const rule = rules.find((r) => r.path.test(path) && (r.times === undefined || r.used < r.times));
    if (!rule) return send(response, await fetchUpstream(base, request.url ?? '/'));
    rule.used += 1;
    switch (rule.fault) {
      case '404':
      case '500':
        return send(response, { status: Number(rule.fault), headers: { 'content-type': 'text/plain' }, body: Buffer.from('fault') });
      case 'html-fallback':
        // What a single-page-app host sends for any path it has no file for.
        return send(response, await fetchUpstream(base, `${prefix}index.html`));
      case 'truncated': {
        const whole = await fetchUpstream(base, request.url ?? '/');
        return send(response, { ...whole, body: whole.body.subarray(0, Math.floor(whole.body.length / 2)) });
      }
      case 'wrong-type': {
        const whole = await fetchUpstream(base, request.url ?? '/');
        return send(response, { ...whole, headers: { 'content-type': 'application/octet-stream' } });
      }
      case 'slow': {
        await new Promise((resolve) => setTimeout(resolve, rule.delayMs ?? 2500));
        return send(response, await fetchUpstream(base, request.url ?? '/'));
      }
      case 'reset':
        request.socket.destroy();
        return;
    }
  }

  const server: Server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    setFaults(next) {
      rules = next.map((rule) => ({ ...rule, used: 0 }));
      seen.length = 0;
    },
    hits: (path) => seen.filter((p) => path.test(p)).length,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
      await upstream.close();
    },
  };
}
