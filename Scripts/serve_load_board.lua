-- The readers of Scripts/serve_load.py, run by wrk: each connection signed in with the cookie given after
-- `--`, reading the actions board's paths in turn; at the end one line with the counts and latencies.
local paths = { "/actions", "/actions?page=2", "/actions?page=3", "/actions?status=open", "/actions?status=overdue" }
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  wrk.headers["Cookie"] = args[1]
  statuses = {}
  turn = 0
end

function request()
  turn = turn + 1
  return wrk.format("GET", paths[turn % #paths + 1])
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
end

function done(summary, latency, requests)
  local counts = {}
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + count
    end
  end
  local parts = {}
  for status, count in pairs(counts) do
    table.insert(parts, status .. "=" .. count)
  end
  io.write(string.format("board %d %.3f %.3f %.3f %.3f %.3f %d %s\n", summary.requests,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, latency.mean / 1000, summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout, table.concat(parts, ",")))
end
