<?php
/**
 * Plugin Name:       asso-widgets
 * Plugin URI:        https://www.npmjs.com/package/asso-widgets
 * Description:       Training catalogue, map of services, governance organigram and values charter from one JSON feed, as shortcodes and blocks usable by every author.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            asso-widgets
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       asso-widgets
 * Domain Path:       /languages
 *
 * @package AssoWidgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

define( 'ASSO_WIDGETS_VERSION', '0.1.0' );
define( 'ASSO_WIDGETS_FILE', __FILE__ );
define( 'ASSO_WIDGETS_DIR', __DIR__ );
/** Name of the option that holds the settings (removed by uninstall.php). */
define( 'ASSO_WIDGETS_OPTION', 'asso_widgets_settings' );

require_once __DIR__ . '/includes/elements.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/blocks.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/uploads.php';

add_action(
	'init',
	static function () {
		load_plugin_textdomain( 'asso-widgets', false, dirname( plugin_basename( ASSO_WIDGETS_FILE ) ) . '/languages' );
	},
	0
);
