-- wrk script for scripts/bench_api.py: counts answers per HTTP status and 503s without Retry-After,
-- and prints them with the latency percentiles (microseconds) and socket errors in done().
-- wrk -s scripts/wrk_status.lua -t2 -c32 -d10s --latency URL
counts = {}
no_retry_after = 0

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
  if status == 503 and headers["Retry-After"] == nil and headers["retry-after"] == nil then
    no_retry_after = no_retry_after + 1
  end
end

local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function done(summary, latency, requests)
  local total, missing = {}, 0
  for _, thread in ipairs(threads) do
    for status, n in pairs(thread:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
    missing = missing + thread:get("no_retry_after")
  end
  for status, n in pairs(total) do
    io.write(string.format("STATUS %d %d\n", status, n))
  end
  local e = summary.errors
  io.write(string.format("NO_RETRY_AFTER %d\n", missing))
  io.write(string.format("SOCKET %d %d %d %d\n", e.connect, e.read, e.write, e.timeout))
  io.write(string.format("LATENCY_US %d %d %d\n", latency:percentile(50), latency:percentile(99), latency.max))
end
