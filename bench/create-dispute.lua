-- wrk script: registers disputes as fast as the service acknowledges them
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic aW50YWtlOmludGFrZQ==" -- the demo account intake:intake
wrk.body = '{"source":"SCREENING","category":"NEIGHBOUR","subject":"Noise at night","content":"Bench case",' ..
  '"gridCode":"SH-FL-G07","parties":[{"name":"甲","role":"APPLICANT"},{"name":"乙","role":"RESPONDENT"}]}'
local created = 0
response = function(status, headers, body)
  if status ~= 201 then
    io.stderr:write("unexpected status " .. status .. "\n")
  end
end
