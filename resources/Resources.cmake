# The app's non-code assets, built into the QML module's resources (qrc:/qt/qml/Switchboard/…):
#   i18n/   the translations (Qt Linguist .ts) → .qm at :/qt/qml/Switchboard/i18n
#   icons/  the app icon (one SVG) → PNGs at the sizes hicolor wants; the 256 px one is also
#           :/qt/qml/Switchboard/icons/switchboard.png (window icon, rail, About)
# packaging/ installs the .qm files and the icons (SWITCHBOARD_QM_FILES, SWITCHBOARD_ICON_PNGS).
set(SWITCHBOARD_RESOURCES_DIR ${CMAKE_CURRENT_LIST_DIR})

function(switchboard_add_resources target)
  set(res ${SWITCHBOARD_RESOURCES_DIR})
  set(out ${CMAKE_CURRENT_BINARY_DIR})

  # Translations: lupdate (target update_translations) refreshes the .ts files from the sources;
  # lrelease builds the .qm files. zh_CN is complete (tst_translations fails on a string without a
  # translation); en holds only the plural forms of "%n node(s)" strings, the rest is the source.
  # lupdate reads the sources of the target: every folder of qml/.
  qt_add_translations(${target}
    TS_FILES ${res}/i18n/switchboard_zh_CN.ts ${res}/i18n/switchboard_en.ts
    RESOURCE_PREFIX /qt/qml/Switchboard/i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
  # A .qm file in /usr/share/switchboard/translations overrides the built-in one (Language.cpp).
  set(SWITCHBOARD_QM_FILES ${out}/switchboard_zh_CN.qm ${out}/switchboard_en.qm PARENT_SCOPE)

  # The icon, rendered with rsvg-convert (librsvg2-bin, scripts/setup.sh).
  find_program(RSVG_CONVERT rsvg-convert REQUIRED)
  set(svg ${res}/icons/io.github.switchboard.Switchboard.svg)
  set(pngs)
  foreach(size 48 128 256)
    set(png ${out}/icons/${size}/io.github.switchboard.Switchboard.png)
    add_custom_command(OUTPUT ${png}
      COMMAND ${CMAKE_COMMAND} -E make_directory ${out}/icons/${size}
      COMMAND ${RSVG_CONVERT} -w ${size} -h ${size} -o ${png} ${svg}
      DEPENDS ${svg}
      COMMENT "Rendering the ${size}px icon")
    list(APPEND pngs ${png})
  endforeach()
  set(SWITCHBOARD_ICON_PNGS ${pngs} PARENT_SCOPE)
  set_source_files_properties(${out}/icons/256/io.github.switchboard.Switchboard.png
    PROPERTIES QT_RESOURCE_ALIAS icons/switchboard.png)
  qt_add_resources(${target} app_icon PREFIX /qt/qml/Switchboard
    FILES ${out}/icons/256/io.github.switchboard.Switchboard.png)
  add_custom_target(switchboard_icons ALL DEPENDS ${pngs})
endfunction()
