import collectionRoutes, { type RouterInitArgs } from "./collections";

/** Every route group of the signed-in workspace API, registered on the router it is given. */
export default function workspaceRoutes(...args: RouterInitArgs) {
  collectionRoutes(...args);
}
