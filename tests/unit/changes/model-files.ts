// Frontmatter strings for change-log tests: a model file before and after an edit.
export const BEFORE = `---
name: Rocket 1
provider: acme
summary: A fast model from Acme for testing the change log.
status:
  - { status: ga, date: 2025-01-10, source: acme-launch }
dates:
  released: { date: 2025-01-10, source: acme-launch }
specs:
  contextWindow: { value: 128000, source: acme-launch }
  maxOutput: { value: 8192, source: acme-launch }
features:
  vision: { supported: false, source: acme-launch }
pricing:
  - { platform: acme, listed: 2025-01-10, input: 1, output: 4, source: acme-pricing }
benchmarks:
  - { benchmark: gpqa, score: 50.1, version: Diamond, selfReported: true, source: acme-launch }
  - { benchmark: mmlu, score: 80, selfReported: true, source: acme-launch }
tags: [fast]
---
Body text.
`;

export const AFTER = `---
name: Rocket 1
provider: acme
summary: A fast model from Acme for testing the change log.
status:
  - { status: ga, date: 2025-01-10, source: acme-launch }
  - { status: deprecated, date: 2025-09-01, source: acme-deprecations }
dates:
  released: { date: 2025-01-10, source: acme-launch }
specs:
  contextWindow: { value: 131072, source: acme-docs }
  maxOutput: { value: 8192, source: acme-docs }
features:
  vision: { supported: true, source: acme-docs }
pricing:
  - { platform: acme, listed: 2025-06-01, input: 0.5, output: 4, source: acme-pricing }
benchmarks:
  - { benchmark: gpqa, score: 52.3, version: Diamond, selfReported: true, source: acme-card }
  - { benchmark: aime, score: 70, version: '2025', selfReported: false, source: evals-org }
tags: [fast, cheap]
---
Body text, edited.
`;
