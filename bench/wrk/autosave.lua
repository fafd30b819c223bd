-- PUT /api/attempts/{id}/responses/{questionId}: what the page's autosave (or a script) sends after each answer, one
-- response at a time, rotating through students and through the 20 questions of bench-exam with a valid value for each.
-- Each visit to a response sends the other of two valid answers, so that every save changes it and is written (an
-- unchanged answer is not written again, which would measure only the reading).
-- Needs BENCH_ATTEMPTS (the file written by Driver.java start).
local common = dofile(os.getenv("BENCH_WRK_DIR") .. "/common.lua")
setup = common.setup
response = common.response
done = common.done

-- The same answers as Driver.java: by the question's place in bench/gen-bank's cycle of 20 types.
local function answer(q)
  local kind = (q - 1) % 20
  if kind < 6 then return '"c1"'
  elseif kind < 9 then return '["c1","c2"]'
  elseif kind < 12 then return 'true'
  elseif kind < 14 then return '7'
  elseif kind < 16 then return '"2021-07-19"'
  elseif kind < 18 then return '"Hafnium"'
  elseif kind < 19 then return '{"l1":"r1","l2":"r2","l3":"r3"}'
  end
  return '["i1","i2","i3"]'
end

-- Another valid answer to the same question (wrong, as it happens).
local function other_answer(q)
  local kind = (q - 1) % 20
  if kind < 6 then return '"c2"'
  elseif kind < 9 then return '["c1"]'
  elseif kind < 12 then return 'false'
  elseif kind < 14 then return '8'
  elseif kind < 16 then return '"2021-07-20"'
  elseif kind < 18 then return '"APT40"'
  elseif kind < 19 then return '{"l1":"r2","l2":"r1","l3":"r3"}'
  end
  return '["i2","i1","i3"]'
end

local attempts, next_index, question
local sent_other = {}

function init(args)
  attempts = common.attempts(os.getenv("BENCH_ATTEMPTS"))
  next_index = (number or 0) * 97 % #attempts
  question = 0
end

function request()
  next_index = next_index % #attempts + 1
  question = question % 20 + 1
  local a = attempts[next_index]
  local key = a.id .. "/" .. question
  sent_other[key] = not sent_other[key]
  local value = sent_other[key] and other_answer(question) or answer(question)
  return wrk.format("PUT", "/api/attempts/" .. a.id .. "/responses/q-" .. question,
    { ["Cookie"] = a.cookie, ["Content-Type"] = "application/json" }, '{"response":' .. value .. '}')
end
