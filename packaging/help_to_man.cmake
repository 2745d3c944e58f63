# Writes netral.1 and netral-COMMAND.1 from the program's --help texts: the
# options are documented once, where they are parsed.
# Inputs: NETRAL (the program), COMMANDS (comma-separated), VERSION, OUT_DIR.
file(MAKE_DIRECTORY "${OUT_DIR}")
string(REPLACE "," ";" COMMANDS "${COMMANDS}")  # given as check,review,…

# troff: a backslash is written \e, a line starting with . or ' is escaped.
function(write_page file title name summary help see_also)
  string(REPLACE "\\" "\\e" help "${help}")
  string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" help "${help}")
  string(TIMESTAMP today "%Y-%m-%d" UTC)
  file(WRITE "${file}" ".TH ${title} 1 \"${today}\" \"netral ${VERSION}\" \"netral manual\"\n"
       ".SH NAME\n${name} \\- ${summary}\n.SH DESCRIPTION\n.nf\n${help}\n.fi\n"
       ".SH SEE ALSO\n${see_also}\n")
endfunction()

function(help_of output)
  execute_process(COMMAND "${NETRAL}" ${ARGN} --help OUTPUT_VARIABLE text RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "netral ${ARGN} --help failed: ${status}")
  endif()
  set(${output} "${text}" PARENT_SCOPE)
endfunction()

set(see_also "")
foreach(command IN LISTS COMMANDS)
  string(APPEND see_also ".BR netral-${command} (1),\n")
endforeach()
help_of(main)
write_page("${OUT_DIR}/netral.1" NETRAL netral
           "checks civil servants' election neutrality reports against a rule pack" "${main}"
           "${see_also}The documentation in docs/ of the netral sources.")
foreach(command IN LISTS COMMANDS)
  help_of(text ${command})
  # The summary: the command's first help line.
  string(REGEX MATCH "^[^\n]*" summary "${text}")
  string(TOUPPER "netral-${command}" title)
  write_page("${OUT_DIR}/netral-${command}.1" "${title}" "netral-${command}" "${summary}" "${text}" ".BR netral (1)")
endforeach()
