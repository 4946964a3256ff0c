/**
 * Search over the context layers' items: by their names in either language,
 * and by what they are ("port", "airport", "border crossing", "港", "机场"),
 * so a reader who types a kind finds every item of it. Pure and small; the
 * atlas merges its results into the main search's, after places.
 */
import type { InfrastructureCollection, InfrastructureKind } from '../content/infrastructure-types.ts';
import { fold } from './fold.ts';
import type { InfrastructureResult, SearchIndex } from './search-index.ts';

/** Words that mean a kind, folded, in both languages. */
const KIND_WORDS: Record<InfrastructureKind, string[]> = {
  seaport: ['port', 'ports', 'seaport', 'seaports', 'harbour', 'harbor', '港', '港口', '海港'],
  'border-crossing': ['border', 'crossing', 'crossings', 'border crossing', '口岸', '边境'],
  airport: ['airport', 'airports', '机场'],
  railway: ['railway', 'railways', 'rail', 'train', '铁路'],
};

export function infrastructureSearch(collection: InfrastructureCollection): (query: string) => InfrastructureResult[] {
  const items = collection.features.map((f) => {
    const at = (f.geometry.type === 'Point' ? f.geometry.coordinates : f.geometry.coordinates[0]) as [number, number];
    return {
      result: {
        kind: 'infrastructure' as const,
        id: f.properties.id,
        nameEn: f.properties.name_en,
        nameZh: f.properties.name_zh,
        infrastructureKind: f.properties.kind,
        at,
      },
      names: fold(`${f.properties.name_en} ${f.properties.name_zh}`),
    };
  });
  return (query) => {
    const q = fold(query).trim().replace(/\s+/g, ' ');
    if (q.length < 2) return [];
    return items
      .filter(({ result, names }) => names.includes(q) || KIND_WORDS[result.infrastructureKind].includes(q))
      .map(({ result }) => result);
  };
}

/** The main index's results with the context items' merged in: after places and prefectures, before sentences. */
export function withInfrastructure(index: SearchIndex, searchInfrastructure: (query: string) => InfrastructureResult[]): SearchIndex {
  return {
    search(query, limit = 12) {
      const results = index.search(query, limit);
      const sentences = results.findIndex((result) => result.kind === 'sentence');
      const at = sentences === -1 ? results.length : sentences;
      return [...results.slice(0, at), ...searchInfrastructure(query), ...results.slice(at)].slice(0, limit);
    },
  };
}
