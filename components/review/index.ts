// What the comparison page uses from the review feature:
//   <ReviewerProvider />    around the page: who is signed in and whether their role may review
//   <ReviewPanel />         once, always mounted (progress, who is reviewing, keys c/d/o/n, unsaved warning)
//   <ReviewStatusFilter />  beside the list's other filters
//   <ReviewControls />      under each item of the list
//   <OrphanedReviews />     after the list
//   <ExportLinks />         in the toolbar
//   useReviewFilter()       the list's status predicate: filterDiscrepancies(…).filter(matches)
export { ExportLinks } from "./export-links";
export { OrphanedReviews } from "./orphaned-reviews";
export { ReviewControls } from "./review-controls";
export { ReviewPanel } from "./review-panel";
export { ReviewStatusFilter } from "./review-status-filter";
export { ReviewerProvider } from "./reviewer-context";
export { useReviewFilter } from "./use-reviews";
