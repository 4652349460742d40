import { lazy } from "react";

// Drill-ins load on demand, each in a chunk of its own, so the first paint is the portfolio alone.
export const ContractEditor = lazy(() => import(/* webpackChunkName: "editor" */ "../editor/ContractEditor"));
export const ReviewView = lazy(() => import(/* webpackChunkName: "review" */ "../review/ReviewView"));
export const SetupView = lazy(() => import(/* webpackChunkName: "setup" */ "../setup/SetupView"));
