import { describe, expect, it } from 'vitest';
import { SearchLoader } from '../../src/search/search-loader.ts';

describe('SearchLoader', () => {
  it('loads the index once and keeps it', async () => {
    let calls = 0;
    const loader = new SearchLoader(async () => {
      calls += 1;
      return { calls };
    });
    const first = await loader.load();
    const second = await loader.load();
    expect(second).toBe(first);
    expect(calls).toBe(1);
  });

  it('tries again on the next use after a failed load, rather than keeping the failure', async () => {
    let calls = 0;
    const loader = new SearchLoader(async () => {
      calls += 1;
      if (calls === 1) throw new Error('Failed to fetch dynamically imported module');
      return 'index';
    });
    await expect(loader.load()).rejects.toThrow('Failed to fetch');
    await expect(loader.load()).resolves.toBe('index');
    expect(calls).toBe(2);
  });

  it('preloads when idle, so that a later use needs no request', async () => {
    let calls = 0;
    const loader = new SearchLoader(async () => {
      calls += 1;
      return 'index';
    });
    loader.preload();
    await expect.poll(() => calls).toBe(1);
    await expect(loader.load()).resolves.toBe('index');
    expect(calls).toBe(1);
  });
});
