import type { temporal } from '@temporalio/proto';
import protos from '@temporalio/proto';

type History = temporal.api.history.v1.IHistory;
const { TimeoutType } = protos.temporal.api.enums.v1;

/**
 * How each activity attempt of a workflow history timed out, by timeout type name (`HEARTBEAT`,
 * `START_TO_CLOSE`, …): a lost worker must be noticed by its missed heartbeats, whatever the machine's load.
 */
export function activityTimeouts(history: History): string[] {
  return (history.events ?? []).flatMap((e) => {
    const type = e.activityTaskTimedOutEventAttributes?.failure?.timeoutFailureInfo?.timeoutType;
    return type === undefined || type === null ? [] : [TimeoutType[type].replace(/^TIMEOUT_TYPE_/, '')];
  });
}
