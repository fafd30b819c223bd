-- GET /attempts/{id}: the HTML page of an open 20-question attempt, each request as the attempt's own student (session
-- cookie from the sign-in form), rotating through all the students so that no single row is hot.
-- Needs BENCH_ATTEMPTS (the file written by Driver.java start).
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
setup = common.setup
response = common.response
done = common.done

common.get_as_students(function(a) return "/attempts/" .. a.id end, "text/html")
