/// <reference types="astro/client" />
declare namespace App {
  interface Locals {
    /** Set by a model page so <Cite> marks print the source's number in its source list. */
    citationNumber?: (sourceId: string) => number | undefined;
    /** Counts the data tables of a page, for stable caption ids. */
    tableCount?: number;
  }
}
