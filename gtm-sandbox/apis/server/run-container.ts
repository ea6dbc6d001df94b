/**
 * runContainer(event, onComplete, onStart): records the event, calls onStart, fires the World's
 * container tags for it, then calls onComplete. Both callbacks receive bindToEvent, which binds a
 * function (an addEventCallback listener) to this event.
 * @see https://developers.google.com/tag-platform/tag-manager/server-side/api#runcontainer
 */
import type { ApiImplementation } from '../api';

export const runContainer: ApiImplementation = (ctx) => (event: unknown, onComplete: unknown, onStart: unknown) => {
  ctx.permissions.assert('runContainer', 'run_container', 'running the container');
  const hostEvent = (ctx.marshal.toHost(event) ?? {}) as Record<string, unknown>;
  ctx.world.events.push(hostEvent);
  const bindToEvent = (fn: unknown): unknown => fn;
  ctx.scheduler.later(() => {
    ctx.marshal.callSandbox(onStart, bindToEvent);
    const fired = ctx.world.containerTags.map((tag) => Promise.resolve().then(() => tag(hostEvent)));
    const done = Promise.allSettled(fired).then(() => { ctx.scheduler.later(() => { ctx.marshal.callSandbox(onComplete, bindToEvent); }); });
    ctx.scheduler.track(done);
  });
};
