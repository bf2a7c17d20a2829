# Fails when a tr() string of the sources has no finished translation in a .ts file: the .ts is
# copied, brought up to date with the sources by lupdate, and searched for unfinished messages.
# -DLUPDATE=... -DTS=... -DLIST=file-of-sources -DWORK=dir [-DEXTRA=-pluralonly]
file(MAKE_DIRECTORY ${WORK})
get_filename_component(name ${TS} NAME)
set(copy ${WORK}/${name})
file(COPY_FILE ${TS} ${copy})
execute_process(COMMAND ${LUPDATE} ${EXTRA} -no-obsolete -locations none @${LIST} -ts ${copy}
                RESULT_VARIABLE status OUTPUT_VARIABLE output ERROR_VARIABLE output)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "lupdate failed:\n${output}")
endif()
file(READ ${copy} content)
string(REGEX MATCHALL "<source>[^<]*</source>[ \n\r\t]*(<comment>[^<]*</comment>[ \n\r\t]*)?<translation type=\"unfinished\"" missing "${content}")
list(LENGTH missing count)
if(count GREATER 0)
    string(REPLACE ";" "\n" missing "${missing}")
    message(FATAL_ERROR "${count} message(s) of ${name} are not translated; run "
                        "'cmake --build build --target binome_core_lupdate' and translate:\n${missing}")
endif()
string(REGEX MATCHALL "<message" messages "${content}")
list(LENGTH messages total)
message(STATUS "${name}: all ${total} messages translated")
