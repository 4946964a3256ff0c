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

  it('numbers each attempt, so that a retry can ask for the chunk under an address of its own', async () => {
    const attempts: number[] = [];
    const loader = new SearchLoader(async (attempt) => {
      attempts.push(attempt);
      if (attempts.length < 3) throw new Error('Failed to fetch dynamically imported module');
      return 'index';
    });
    await expect(loader.load()).rejects.toThrow();
    await expect(loader.load()).rejects.toThrow();
    await expect(loader.load()).resolves.toBe('index');
    await loader.load();
    expect(attempts).toEqual([0, 1, 2]);
  });

  it('shares one attempt between uses that come while it is under way', async () => {
    const attempts: number[] = [];
    const loader = new SearchLoader(async (attempt) => {
      attempts.push(attempt);
      return 'index';
    });
    const [first, second] = await Promise.all([loader.load(), loader.load()]);
    expect(second).toBe(first);
    expect(attempts).toEqual([0]);
  });

  it('preloads only once the map has settled, so that a later use needs no request', async () => {
    let calls = 0;
    const loader = new SearchLoader(async () => {
      calls += 1;
      return 'index';
    });
    let mapReady = () => {};
    loader.preload(new Promise<void>((resolve) => (mapReady = resolve)));
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).toBe(0);
    mapReady();
    await expect.poll(() => calls).toBe(1);
    await expect(loader.load()).resolves.toBe('index');
    expect(calls).toBe(1);
  });

  it('preloads after a map that failed too: the text and search work without it', async () => {
    let calls = 0;
    const loader = new SearchLoader(async () => {
      calls += 1;
      return 'index';
    });
    loader.preload(Promise.reject(new Error('no WebGL')));
    await expect.poll(() => calls).toBe(1);
  });

  it('does not preload once cancelled', async () => {
    let calls = 0;
    const loader = new SearchLoader(async () => {
      calls += 1;
      return 'index';
    });
    let mapReady = () => {};
    const cancel = loader.preload(new Promise<void>((resolve) => (mapReady = resolve)));
    cancel();
    mapReady();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(calls).toBe(0);
  });
});
