-- GET /attempts/{id}: the HTML page of an open 20-question attempt, each request as the attempt's own student (session
-- cookie from the sign-in form), rotating through all the students so that no single row is hot.
-- Needs BENCH_ATTEMPTS (the file written by Driver.java start).
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
setup = common.setup
response = common.response
done = common.done

local attempts, next_index

function init(args)
  attempts = common.attempts(os.getenv("BENCH_ATTEMPTS"))
  next_index = (number or 0) * 97 % #attempts
end

function request()
  next_index = next_index % #attempts + 1
  local a = attempts[next_index]
  return wrk.format("GET", "/attempts/" .. a.id, { ["Cookie"] = a.cookie, ["Accept"] = "text/html" })
end
