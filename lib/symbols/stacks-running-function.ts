import { param, sqlFragment, type SqlFragment } from '../clickhouse/sql';

/**
 * Whether a sample's StackId is of a stack that ran a function, by part of its name in any
 * case: a frame named so as it arrived, or a native frame that arrived without a name whose
 * address lies in a stored symbol of its build id so named (the rule nameNativeFrames applies
 * when stacks are read; here on the symbol's name as stored, which for C++ is the mangled name,
 * so identifiers match but `::` does not).
 */
export function stackRunsFunction(fn: string): SqlFragment {
  const part = param('String', fn);
  const symbolMatches = sqlFragment`positionCaseInsensitive(Name, ${part}) > 0`;
  return sqlFragment`(StackId IN (
    SELECT StackId FROM profile_stacks
    WHERE arrayExists(f -> positionCaseInsensitive(f, ${part}) > 0, FunctionNames)
  ) OR StackId IN (
    SELECT f.StackId FROM (
      SELECT StackId, tupleElement(frame, 1) AS BuildId, tupleElement(frame, 2) AS Address
      FROM (
        SELECT StackId, arrayJoin(arrayFilter(x -> tupleElement(x, 3) = '',
          arrayZip(BuildIds, Addresses, FunctionNames))) AS frame
        FROM profile_stacks
        WHERE hasAny(BuildIds, (SELECT groupArray(DISTINCT BuildId) FROM symbols WHERE ${symbolMatches}))
      )
    ) AS f
    INNER JOIN (SELECT BuildId, Start, Size FROM symbols WHERE ${symbolMatches}) AS s
      ON f.BuildId = s.BuildId
    WHERE f.Address >= s.Start AND f.Address < s.Start + s.Size
  ))`;
}
