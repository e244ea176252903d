import { describe, expect, it } from 'vitest';
import { axisNumber, fitLabel, labelBudget, tickStep, valueLabel } from '../../../src/lib/outputs/chart-labels.ts';

describe('chart labels', () => {
  it('leaves a label that fits alone', () => {
    expect(fitLabel('MMLU (5-shot)', 20)).toBe('MMLU (5-shot)');
  });
  it('wraps a long label onto two lines at word boundaries', () => {
    expect(fitLabel('GPQA Diamond (no tools, high reasoning effort)', 24)).toEqual(['GPQA Diamond (no tools,', 'high reasoning effort)']);
  });
  it('breaks a long hyphenated name after a hyphen rather than mid-word', () => {
    expect(fitLabel('Seed-OSS-36B-Instruct', 20)).toEqual(['Seed-OSS-36B-', 'Instruct']);
  });
  it('cuts what does not fit on two lines with an ellipsis, every line within the budget', () => {
    const label = "Humanity's Last Exam (no tools, high reasoning effort)";
    const fitted = fitLabel(label, 17) as string[];
    expect(fitted).toHaveLength(2);
    expect(fitted[1].endsWith('…')).toBe(true);
    expect(fitted.every((line) => line.length <= 17)).toBe(true);
    expect(fitLabel('Supercalifragilisticexpialidocious', 10, 1)).toBe('Supercali…');
  });
  it('gives a phone fewer characters per line than a desktop, within 10–40', () => {
    expect(labelBudget(358)).toBeLessThan(labelBudget(1100));
    expect(labelBudget(100)).toBe(10);
    expect(labelBudget(5000)).toBe(40);
  });
  it('picks round tick steps for about the asked number of ticks', () => {
    expect(tickStep(0, 100, 5)).toBe(20);
    expect(tickStep(0, 100, 10)).toBe(10);
    expect(tickStep(0, 4000, 5)).toBe(1000);
  });
  it('writes short value labels', () => {
    expect(valueLabel(82.46, '%')).toBe('82.5%');
    expect(valueLabel(12, '')).toBe('12');
  });
  it('writes axis numbers as en-US toLocaleString does, without Intl', () => {
    for (const n of [0, 0.001, 0.01, 0.05, 0.125, 0.1234, 1, 2.5, 10, 100, 999, 1000, 12345.6, 128000, 1000000, 2000000, -1500, 1e-7]) {
      expect(axisNumber(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
