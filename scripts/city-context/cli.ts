/**
 * `npm run city-context`: rebuilds geodata/site/city-context.json from the
 * vendored Northeast context pack (vendor/northeast-context/), the names table
 * (content/context-names.ts) and the atlas's places, base map and railways.
 */
import { writeFileSync } from 'node:fs';
import { buildCityContext, cityContextFile } from './build.ts';
import { readCityContextInputs } from './inputs.ts';
import { CITY_CONTEXT_PATH } from './output.ts';

const collection = buildCityContext(readCityContextInputs());
const text = cityContextFile(collection);
writeFileSync(CITY_CONTEXT_PATH, text);
const count = (layer: string) => collection.features.filter((f) => f.properties.layer === layer).length;
console.log(
  `wrote ${CITY_CONTEXT_PATH.pathname} (${(text.length / 1024).toFixed(0)} KB): ${count('river')} rivers, ${count('lake')} lakes, ${count('town')} towns, ${count('railway')} railways`,
);
