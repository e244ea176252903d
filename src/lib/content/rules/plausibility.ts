// Figures that cannot be right: most often a unit slip (thousands of tokens written as tokens,
// cents as dollars) or two figures swapped.
import { observationsOf } from '../../catalog/catalog.ts';
import type { Problem } from '../problem.ts';
import { collector, models, type RuleContext } from './context.ts';

export const MIN_CONTEXT = 1_000;
export const MAX_CONTEXT = 100_000_000;

export function plausibility(ctx: RuleContext): Problem[] {
  const problems: Problem[] = [];
  for (const [, m] of models(ctx)) {
    const add = collector(m.file, problems);
    const s = m.data.specs ?? {};
    const context = observationsOf(s.contextWindow);
    context.forEach((o, i) => {
      const field = Array.isArray(s.contextWindow) ? `specs.contextWindow[${i}].value` : 'specs.contextWindow.value';
      if (o.value < MIN_CONTEXT || o.value > MAX_CONTEXT)
        add(field, `a context window of ${o.value} tokens is implausible (expected ${MIN_CONTEXT.toLocaleString('en')} to ${MAX_CONTEXT.toLocaleString('en')})`, 'give the exact number of tokens, e.g. 128000, not 128');
    });
    const largestContext = Math.max(0, ...context.map((o) => o.value));
    observationsOf(s.maxOutput).forEach((o, i) => {
      if (largestContext && o.value > largestContext)
        add(Array.isArray(s.maxOutput) ? `specs.maxOutput[${i}].value` : 'specs.maxOutput.value', `max output ${o.value} is larger than the context window (${largestContext})`, 'check both figures: the output cannot exceed the context window');
    });
    const total = Math.max(0, ...observationsOf(s.parametersTotal).map((o) => o.value));
    observationsOf(s.parametersActive).forEach((o, i) => {
      if (total && o.value > total)
        add(Array.isArray(s.parametersActive) ? `specs.parametersActive[${i}].value` : 'specs.parametersActive.value', `${o.value} active parameters is more than the ${total} total`, 'check both figures: active parameters are a part of the total');
    });
    (m.data.pricing ?? []).forEach((p, i) => {
      if (p.cachedInput !== undefined && p.cachedInput > p.input)
        add(`pricing[${i}].cachedInput`, `cached input ($${p.cachedInput}) costs more than input ($${p.input})`, 'check the figures: cached input is a discount on input (a cache write price is not a cached-input price)');
      if (p.batchInput !== undefined && p.batchInput > p.input)
        add(`pricing[${i}].batchInput`, `batch input ($${p.batchInput}) costs more than input ($${p.input})`, 'check the figures: batch prices are a discount');
      if (p.batchOutput !== undefined && p.batchOutput > p.output)
        add(`pricing[${i}].batchOutput`, `batch output ($${p.batchOutput}) costs more than output ($${p.output})`, 'check the figures: batch prices are a discount');
    });
  }
  return problems;
}
