import { lazy } from "react";

// Drill-ins load on demand, each in a chunk of its own, so the first paint is the portfolio alone.
const loadEditor = () => import(/* webpackChunkName: "editor" */ "../editor/ContractEditor");
const loadReview = () => import(/* webpackChunkName: "review" */ "../review/ReviewView");

export const ContractEditor = lazy(loadEditor);
export const ReviewView = lazy(loadReview);
export const SetupView = lazy(() => import(/* webpackChunkName: "setup" */ "../setup/SetupView"));

/**
 * Fetches the editor and the review once the portfolio is interactive and the page is idle, so the
 * first New or Record review opens without waiting on the network, and nothing competes with the first
 * load. A failed fetch is left for React.lazy to retry and report when the view is opened.
 */
export function preloadDrillIns(): void {
  const load = () => {
    loadEditor().catch(() => undefined);
    loadReview().catch(() => undefined);
  };
  if (typeof window.requestIdleCallback === "function") window.requestIdleCallback(load, { timeout: 3000 });
  else setTimeout(load, 1000);
}
