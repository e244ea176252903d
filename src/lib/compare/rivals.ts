// The models a reader usually weighs against this one: its recorded competitors first, then its
// successor and predecessor, then the most similar models.
import type { Catalog, Model } from '../catalog/catalog.ts';
import { predecessorOf, successorsOf } from '../catalog/catalog.ts';
import { similarModels } from './similarity.ts';

export function rivalsOf(model: Model, catalog: Catalog, today: string, limit = 5): Model[] {
  const out: Model[] = [];
  const add = (m: Model | undefined) => {
    if (m && m.id !== model.id && !out.includes(m)) out.push(m);
  };
  model.data.competitors.forEach((id) => add(catalog.model.get(id)));
  successorsOf(model, catalog).forEach(add);
  add(predecessorOf(model, catalog));
  similarModels(model, catalog, today, limit).forEach(add);
  return out.slice(0, limit);
}
