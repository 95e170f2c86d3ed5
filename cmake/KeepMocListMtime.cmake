# Qt 6.4 with a Makefiles generator: an unchanged tree rebuilt every qmlcache .cpp and the type
# registrations of every QML module at each `cmake --build` (1–2 minutes on two cores).
#
# Why: for generators other than Ninja, Qt6CoreMacros.cmake runs cmake_automoc_parser as a custom
# *target*, so it runs at every build, and it rewrites meta_types/<target>_json_file_list.txt
# every time. That list's new mtime re-runs `moc --collect-json`, whose rule touches the
# metatypes .json, which re-runs qmltyperegistrar, whose new .qmltypes re-runs qmlcachegen for
# every .qml file, and all of those recompile. (Ninja runs the parser only when automoc's
# timestamp changed, so Ninja trees were not affected.)
#
# The fix: the parser behind Qt6::cmake_automoc_parser becomes a wrapper that writes the list
# only when its text changed or a moc .json it names is newer than it, which is when the
# original would have been needed. The rest of Qt's rules stay as they are.
if(CMAKE_GENERATOR MATCHES "Ninja" OR NOT TARGET Qt6::cmake_automoc_parser)
  return()
endif()
get_target_property(sb_automoc_parser Qt6::cmake_automoc_parser IMPORTED_LOCATION)
if(NOT sb_automoc_parser)
  get_target_property(sb_automoc_parser Qt6::cmake_automoc_parser IMPORTED_LOCATION_RELEASE)
endif()
if(sb_automoc_parser AND NOT sb_automoc_parser MATCHES "keep-moc-list-mtime")
  set(SB_REAL_AUTOMOC_PARSER ${sb_automoc_parser})
  configure_file(${CMAKE_CURRENT_LIST_DIR}/keep-moc-list-mtime.sh.in
                 ${CMAKE_BINARY_DIR}/keep-moc-list-mtime.sh @ONLY
                 FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
  set_target_properties(Qt6::cmake_automoc_parser PROPERTIES
    IMPORTED_LOCATION ${CMAKE_BINARY_DIR}/keep-moc-list-mtime.sh
    IMPORTED_LOCATION_RELEASE ${CMAKE_BINARY_DIR}/keep-moc-list-mtime.sh)
endif()
