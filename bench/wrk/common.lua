-- Shared by the wrk scripts of bench/run (loaded with dofile): the students' sessions and attempts, one reporting
-- function, and a count of answers that are not 2xx (wrk itself counts only >= 400 as errors; a 3xx here would be
-- a lost session redirected to /login, which must not pass for a served page).

local common = {}

-- Lines "cookie<TAB>attemptId" written by Driver.java start.
function common.attempts(path)
  local list = {}
  for line in io.lines(path) do
    local cookie, id = line:match("^(.-)\t(%d+)$")
    if cookie then
      list[#list + 1] = { cookie = cookie, id = id }
    end
  end
  assert(#list > 0, "no attempts in " .. path)
  return list
end

-- Makes the script a GET as each student in turn (from the file written by Driver.java start, in BENCH_ATTEMPTS),
-- each thread starting at another student: path(a) is the path for one line a = { cookie, id }. Defines the globals
-- wrk calls, init and request.
function common.get_as_students(path, accept)
  local attempts, next_index
  init = function(args)
    attempts = common.attempts(os.getenv("BENCH_ATTEMPTS"))
    next_index = (number or 0) * 97 % #attempts
  end
  request = function()
    next_index = next_index % #attempts + 1
    local a = attempts[next_index]
    return wrk.format("GET", path(a), { ["Cookie"] = a.cookie, ["Accept"] = accept })
  end
end

local threads = {}
local counter = 0

-- Gives each thread its number, so that threads start at different students.
function common.setup(thread)
  thread:set("number", counter)
  counter = counter + 1
  table.insert(threads, thread)
end

not_2xx = 0

function common.response(status, headers, body)
  if status < 200 or status > 299 then
    not_2xx = not_2xx + 1
  end
end

-- key=value lines read by bench/run (latency in ms).
function common.done(summary, latency, requests)
  local bad = 0
  for _, thread in ipairs(threads) do
    bad = bad + (thread:get("not_2xx") or 0)
  end
  local seconds = summary.duration / 1e6
  io.write(string.format("requests=%d\n", summary.requests))
  io.write(string.format("rps=%.1f\n", summary.requests / seconds))
  io.write(string.format("p50_ms=%.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("p99_ms=%.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("max_ms=%.2f\n", latency.max / 1000))
  io.write(string.format("not_2xx=%d\n", bad))
  io.write(string.format("socket_errors=%d\n", summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.timeout))
end

return common
