-- GET /api/me: the cheapest answer that needs a signed-in student, as the attempt page does: the session cookie
-- decrypted, the account read for the identity and once more by the resource, and a small JSON body. A reference for
-- the attempt page, measured the same way, rotating through all the students.
-- Needs BENCH_ATTEMPTS (the file written by Driver.java start).
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
setup = common.setup
response = common.response
done = common.done

common.get_as_students(function(a) return "/api/me" end, "application/json")
